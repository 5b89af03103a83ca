"""Meant to fail: a JSON-typed L1 property (a policy document) given as a string is rejected at synthesis.

aws-cdk-lib types such properties as any JSON but its generated validators want an object; the event bus
policy, which also accepts a string, synthesizes.
"""

import json

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events

app = App()
stack = Stack(app, "JsonStringStack")

document = {"Version": "2012-10-17", "Statement": []}
events.CfnEventBus(stack, "Bus", name="json-string-bus", policy=json.dumps(document))
ecr.CfnRepository(stack, "Repository", repository_policy_text=json.dumps(document))

app.synth()
