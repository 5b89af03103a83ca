"""An empty stack, and a stack whose only element is an output."""

from purecdk import App, CfnOutput, Stack

app = App()

Stack(app, "EmptyStack")

output_only = Stack(app, "OutputOnlyStack")
CfnOutput(output_only, "Greeting", value="hello world")

app.synth()
