"""Annotations of every level, an acknowledgeable warning on two constructs, and an error in one stack."""

from purecdk import Annotations, App, CfnOutput, Stack
from purecdk import aws_sqs as sqs

app = App()
calm = Stack(app, "CalmStack")
queue = sqs.Queue(calm, "Queue")
Annotations.of(calm).add_warning_v2("my-lib:careful", "careful here")
Annotations.of(queue).add_warning_v2("my-lib:careful", "careful here")
Annotations.of(queue).add_info("just so you know")
Annotations.of(CfnOutput(calm, "Out", value=queue.queue_url)).add_warning("a plain warning\twith a tab\x07")
broken = Stack(app, "BrokenStack")
sqs.Queue(broken, "Queue")
Annotations.of(broken).add_error("this is broken")
app.synth()
