"""The ApiDestination target across stacks: a destination in a stack of the same environment (cross-stack
references), and one in another account (the rule forwards to that account's default bus, a mirror rule there
invokes it)."""

from purecdk import App, Environment, SecretValue, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets

app = App()
workload_env = Environment(account="111111111111", region="us-east-1")
workload = Stack(app, "Workload", env=workload_env)
shared = Stack(app, "SharedIntegrations", env=workload_env)
central = Stack(app, "CentralIntegrations", env=Environment(account="222222222222", region="us-east-1"))


def destination(stack: Stack, name: str) -> events.ApiDestination:
    connection = events.Connection(
        stack,
        f"{name}Connection",
        authorization=events.Authorization.api_key("Authorization", SecretValue.secrets_manager(f"{name}/key")),
    )
    return events.ApiDestination(stack, name, connection=connection, endpoint=f"https://{name.lower()}.example.com")


repo = ecr.Repository(workload, "Repo", repository_name="scanned-app", image_scan_on_push=True)
rule = repo.on_image_scan_completed("ScanFindings", target=targets.ApiDestination(destination(shared, "Tickets")))
rule.add_target(targets.ApiDestination(destination(central, "Siem"), header_parameters={"X-Source": "ecr"}))

app.synth()
