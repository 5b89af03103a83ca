"""Lambda handler of ``Custom::ECRAutoDeleteImages``: deletes every image of a repository before it is deleted.

CloudFormation invokes the function directly (no provider framework) and waits for the response this handler
PUTs to the event's pre-signed ``ResponseURL``. Only repositories tagged ``aws-cdk:auto-delete-images=true``
are emptied. Runs on the Lambda Python runtime, which provides boto3.
"""

from __future__ import annotations

import json
import random
import time
import urllib.parse
import urllib.request
from typing import Any

AUTO_DELETE_IMAGES_TAG = "aws-cdk:auto-delete-images"
CREATE_FAILED_MARKER = "AWSCDK::CustomResourceProviderFramework::CREATE_FAILED"
MISSING_PHYSICAL_ID_MARKER = "AWSCDK::CustomResourceProviderFramework::MISSING_PHYSICAL_ID"

_ecr_client: Any = None


def ecr() -> Any:
    """The ECR client (created on first use, so importing this module needs no AWS SDK)."""
    global _ecr_client
    if _ecr_client is None:
        import boto3  # provided by the Lambda runtime

        _ecr_client = boto3.client("ecr")
    return _ecr_client


def log(*parts: Any) -> None:
    """Write a line to the function's log."""
    print(*parts, flush=True)


# -- the CloudFormation custom resource protocol -------------------------------------------------------------


def handler(event: dict[str, Any], context: Any = None) -> None:
    """Entry point: run the request and report the outcome to CloudFormation."""
    log(json.dumps({**event, "ResponseURL": "..."}, indent=2))
    if event.get("RequestType") == "Delete" and event.get("PhysicalResourceId") == CREATE_FAILED_MARKER:
        log("ignoring DELETE event caused by a failed CREATE event")
        submit_response("SUCCESS", event)
        return
    try:
        result = auto_delete_handler(event) or {}
        submit_response("SUCCESS", with_physical_id(event, result))
    except Exception as error:  # noqa: BLE001 - every failure must be reported to CloudFormation
        failed = {**event, "Reason": f"{type(error).__name__}: {error}"}
        if not failed.get("PhysicalResourceId"):
            if event.get("RequestType") == "Create":
                log("CREATE failed, responding with a marker physical resource id so the DELETE will be ignored")
                failed["PhysicalResourceId"] = CREATE_FAILED_MARKER
            else:
                log(f'ERROR: Malformed event. "PhysicalResourceId" is required: {json.dumps(event)}')
        submit_response("FAILED", failed)


def with_physical_id(event: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    """The event with the handler's result and the physical id to report (which a DELETE may not change)."""
    physical_id = result.get("PhysicalResourceId") or event.get("PhysicalResourceId") or event.get("RequestId")
    if event.get("RequestType") == "Delete" and physical_id != event.get("PhysicalResourceId"):
        raise ValueError(
            f'DELETE: cannot change the physical resource ID from "{event.get("PhysicalResourceId")}" to '
            f'"{result.get("PhysicalResourceId")}" during deletion'
        )
    return {**event, **result, "PhysicalResourceId": physical_id}


def submit_response(status: str, event: dict[str, Any], attempts: int = 5, sleep: float = 1.0) -> None:
    """PUT the response to the pre-signed URL, retrying with exponential backoff."""
    body = json.dumps(
        {
            "Status": status,
            "Reason": event.get("Reason", status),
            "StackId": event.get("StackId"),
            "RequestId": event.get("RequestId"),
            "PhysicalResourceId": event.get("PhysicalResourceId") or MISSING_PHYSICAL_ID_MARKER,
            "LogicalResourceId": event.get("LogicalResourceId"),
            "NoEcho": event.get("NoEcho"),
            "Data": event.get("Data"),
        }
    ).encode("utf-8")
    url = event["ResponseURL"]
    parsed = urllib.parse.urlparse(url)
    log("submit response to cloudformation", f"{parsed.scheme}://{parsed.hostname}{parsed.path}?***", status)
    request = urllib.request.Request(
        url, data=body, method="PUT", headers={"content-type": "", "content-length": str(len(body))}
    )
    while True:
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
            return
        except Exception:
            attempts -= 1
            if attempts <= 0:
                raise
            time.sleep(random.random() * sleep)
            sleep *= 2


# -- emptying the repository ---------------------------------------------------------------------------------


def auto_delete_handler(event: dict[str, Any]) -> dict[str, Any] | None:
    """Create: nothing. Update: keep the repository name as physical id. Delete: empty the repository."""
    request_type = event.get("RequestType")
    if request_type == "Update":
        properties = event.get("ResourceProperties") or {}
        old = (event.get("OldResourceProperties") or {}).get("RepositoryName")
        return {"PhysicalResourceId": properties.get("RepositoryName") or old}
    if request_type == "Delete":
        on_delete((event.get("ResourceProperties") or {}).get("RepositoryName"))
    return None


def on_delete(repository_name: str | None) -> None:
    """Delete every image of the repository, if it is tagged for auto-deletion."""
    if not repository_name:
        raise ValueError("No RepositoryName was provided.")
    client = ecr()
    try:
        described = client.describe_repositories(repositoryNames=[repository_name])
    except Exception as error:
        if _error_code(error) == "RepositoryNotFoundException":
            log(f"Repository {repository_name} does not exist, nothing to clean")
            return
        raise
    repository = next(
        (r for r in described.get("repositories", []) if r.get("repositoryName") == repository_name), None
    )
    if repository is None or not is_tagged_for_deletion(repository.get("repositoryArn")):
        log(f"Repository does not have '{AUTO_DELETE_IMAGES_TAG}' tag, skipping cleaning.")
        return
    try:
        empty_repository(repository_name)
    except Exception as error:
        if _error_code(error) != "RepositoryNotFoundException":
            raise


def is_tagged_for_deletion(repository_arn: str | None) -> bool:
    """Whether the repository carries ``aws-cdk:auto-delete-images=true``."""
    if not repository_arn:
        return False
    tags = ecr().list_tags_for_resource(resourceArn=repository_arn).get("tags", [])
    return any(tag.get("Key") == AUTO_DELETE_IMAGES_TAG and tag.get("Value") == "true" for tag in tags)


def empty_repository(repository_name: str) -> None:
    """Delete the images page by page: tagged images first (which frees their manifests), then untagged."""
    client = ecr()
    token: str | None = None
    while True:
        request: dict[str, Any] = {"repositoryName": repository_name}
        if token:
            request["nextToken"] = token
        page = client.list_images(**request)
        image_ids = page.get("imageIds", [])
        tagged = [image for image in image_ids if "imageTag" in image]
        untagged = [image for image in image_ids if "imageTag" not in image]
        if not tagged and not untagged:
            return
        if tagged:
            client.batch_delete_image(repositoryName=repository_name, imageIds=tagged)
        if untagged:
            client.batch_delete_image(repositoryName=repository_name, imageIds=untagged)
        token = page.get("nextToken")
        if not token:
            return


def _error_code(error: Exception) -> str | None:
    response = getattr(error, "response", None)
    if isinstance(response, dict):
        code = response.get("Error", {}).get("Code")
        return str(code) if code is not None else None
    return type(error).__name__
