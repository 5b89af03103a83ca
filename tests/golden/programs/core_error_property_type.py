"""Token.as_number over a fully literal Fn.select resolves to the string "5": the L1 type check fails."""

from purecdk import App, Fn, Stack, Token
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "PropertyTypeStack")

sqs.CfnQueue(stack, "Queue", delay_seconds=Token.as_number(Fn.select(1, Fn.split(",", "0,5,10"))))

app.synth()
