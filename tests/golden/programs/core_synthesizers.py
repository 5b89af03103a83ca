"""Stack synthesizers: custom qualifier, no bootstrap rule, legacy and bootstrapless synthesizers."""

from purecdk import App, BootstraplessSynthesizer, DefaultStackSynthesizer, LegacyStackSynthesizer, Stack
from purecdk import aws_sqs as sqs

app = App()

custom = Stack(app, "CustomQualifierStack", synthesizer=DefaultStackSynthesizer(qualifier="custom123"))
sqs.CfnQueue(custom, "Queue")

no_rule = Stack(
    app,
    "NoRuleStack",
    synthesizer=DefaultStackSynthesizer(generate_bootstrap_version_rule=False),
)
sqs.CfnQueue(no_rule, "Queue")

legacy = Stack(app, "LegacyStack", synthesizer=LegacyStackSynthesizer())
sqs.CfnQueue(legacy, "Queue")

bootstrapless = Stack(app, "BootstraplessStack", synthesizer=BootstraplessSynthesizer())
sqs.CfnQueue(bootstrapless, "Queue")

app.synth()
