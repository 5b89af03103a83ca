"""lambda_.Runtime: current Python and Node.js runtimes, NODEJS_LATEST (agnostic and regional stacks)."""

from purecdk import App, Environment, Stack
from purecdk import aws_lambda as lambda_

app = App()
agnostic = Stack(app, "LambdaRuntimes")
regional = Stack(app, "LambdaRuntimesRegional", env=Environment(account="123456789012", region="eu-central-1"))

python = "def handler(event, context):\n    return 'ok'\n"
node = "exports.handler = async () => 'ok';"
runtimes = {
    "Python310": (lambda_.Runtime.PYTHON_3_10, python),
    "Python311": (lambda_.Runtime.PYTHON_3_11, python),
    "Python312": (lambda_.Runtime.PYTHON_3_12, python),
    "Python313": (lambda_.Runtime.PYTHON_3_13, python),
    "Python314": (lambda_.Runtime.PYTHON_3_14, python),
    "Node22": (lambda_.Runtime.NODEJS_22_X, node),
    "Node24": (lambda_.Runtime.NODEJS_24_X, node),
    "NodeLatest": (lambda_.Runtime.NODEJS_LATEST, node),
}
for stack in (agnostic, regional):
    for name, (runtime, source) in runtimes.items():
        lambda_.Function(stack, name, runtime=runtime, handler="index.handler", code=lambda_.Code.from_inline(source))

app.synth()
