"""The Python handler of Custom::ECRAutoDeleteImages, run against a fake ECR client and a fake response URL."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from purecdk.aws_ecr.auto_delete_images import AUTO_DELETE_IMAGES_HANDLER_DIRECTORY

REPO = "my-repo"
ARN = f"arn:aws:ecr:us-east-1:123456789012:repository/{REPO}"


class NotFound(Exception):
    """What boto3 raises for a missing repository (a ClientError with an error code)."""

    def __init__(self) -> None:
        super().__init__("not found")
        self.response = {"Error": {"Code": "RepositoryNotFoundException"}}


class FakeEcr:
    """Pages of image ids, tags of the repository, and a record of the calls."""

    def __init__(self, pages: list[list[dict[str, str]]], tags: list[dict[str, str]], exists: bool = True) -> None:
        self.pages = pages
        self.tags = tags
        self.exists = exists
        self.deleted: list[list[dict[str, str]]] = []
        self.list_calls: list[dict[str, Any]] = []

    def describe_repositories(self, repositoryNames: list[str]) -> dict[str, Any]:
        if not self.exists:
            raise NotFound()
        return {"repositories": [{"repositoryName": n, "repositoryArn": ARN} for n in repositoryNames]}

    def list_tags_for_resource(self, resourceArn: str) -> dict[str, Any]:
        assert resourceArn == ARN
        return {"tags": self.tags}

    def list_images(self, repositoryName: str, nextToken: str | None = None) -> dict[str, Any]:
        self.list_calls.append({"repositoryName": repositoryName, "nextToken": nextToken})
        index = int(nextToken or 0)
        page: dict[str, Any] = {"imageIds": self.pages[index] if index < len(self.pages) else []}
        if index + 1 < len(self.pages):
            page["nextToken"] = str(index + 1)
        return page

    def batch_delete_image(self, repositoryName: str, imageIds: list[dict[str, str]]) -> None:
        assert repositoryName == REPO
        self.deleted.append(imageIds)


@pytest.fixture
def handler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The handler module, loaded from a copy (no bytecode next to the packaged source)."""
    copy = tmp_path / "index.py"
    shutil.copyfile(Path(AUTO_DELETE_IMAGES_HANDLER_DIRECTORY) / "index.py", copy)
    spec = importlib.util.spec_from_file_location("auto_delete_images_index", copy)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    responses: list[dict[str, Any]] = []

    class Response:
        def __enter__(self) -> Response:
            return self

        def __exit__(self, *args: Any) -> None:
            return None

        def read(self) -> bytes:
            return b""

    def urlopen(request: Any, timeout: float = 0) -> Response:
        assert request.get_method() == "PUT"
        responses.append(json.loads(request.data))
        return Response()

    monkeypatch.setattr(module.urllib.request, "urlopen", urlopen)
    module.responses = responses  # type: ignore[attr-defined]
    return module


def _event(request_type: str, **extra: Any) -> dict[str, Any]:
    return {
        "RequestType": request_type,
        "ResponseURL": "https://cloudformation-custom-resource-response.example/x?sig=secret",
        "StackId": "stack",
        "RequestId": "request-1",
        "LogicalResourceId": "RepoAutoDeleteImagesCustomResource",
        "ResourceProperties": {"ServiceToken": "arn", "RepositoryName": REPO},
        **extra,
    }


def test_delete_removes_tagged_then_untagged_images_page_by_page(handler: ModuleType) -> None:
    fake = FakeEcr(
        pages=[
            [{"imageDigest": "sha256:1", "imageTag": "v1"}, {"imageDigest": "sha256:2"}],
            [{"imageDigest": "sha256:3"}],
        ],
        tags=[{"Key": "aws-cdk:auto-delete-images", "Value": "true"}],
    )
    handler._ecr_client = fake
    handler.handler(_event("Delete", PhysicalResourceId=REPO))
    assert fake.deleted == [
        [{"imageDigest": "sha256:1", "imageTag": "v1"}],
        [{"imageDigest": "sha256:2"}],
        [{"imageDigest": "sha256:3"}],
    ]
    assert [c["nextToken"] for c in fake.list_calls] == [None, "1"]
    (response,) = handler.responses
    assert response["Status"] == "SUCCESS"
    assert response["PhysicalResourceId"] == REPO


def test_delete_skips_repositories_without_the_tag(handler: ModuleType) -> None:
    fake = FakeEcr(pages=[[{"imageDigest": "sha256:1"}]], tags=[{"Key": "other", "Value": "true"}])
    handler._ecr_client = fake
    handler.handler(_event("Delete", PhysicalResourceId=REPO))
    assert fake.deleted == []
    assert handler.responses[0]["Status"] == "SUCCESS"


def test_delete_of_a_missing_repository_succeeds(handler: ModuleType) -> None:
    handler._ecr_client = FakeEcr(pages=[], tags=[], exists=False)
    handler.handler(_event("Delete", PhysicalResourceId=REPO))
    assert handler.responses[0]["Status"] == "SUCCESS"


def test_create_reports_the_request_id_and_update_the_new_name(handler: ModuleType) -> None:
    handler._ecr_client = FakeEcr(pages=[], tags=[])
    handler.handler(_event("Create"))
    handler.handler(
        _event(
            "Update",
            PhysicalResourceId="old-repo",
            ResourceProperties={"RepositoryName": "new-repo"},
            OldResourceProperties={"RepositoryName": "old-repo"},
        )
    )
    assert [(r["Status"], r["PhysicalResourceId"]) for r in handler.responses] == [
        ("SUCCESS", "request-1"),
        ("SUCCESS", "new-repo"),
    ]


def test_failures_are_reported_and_a_failed_create_is_ignored_on_delete(handler: ModuleType) -> None:
    handler._ecr_client = FakeEcr(pages=[], tags=[])
    handler.handler(_event("Delete", PhysicalResourceId=REPO, ResourceProperties={}))
    failed = handler.responses[-1]
    assert failed["Status"] == "FAILED"
    assert "No RepositoryName was provided." in failed["Reason"]

    handler.handler(_event("Delete", PhysicalResourceId=handler.CREATE_FAILED_MARKER, ResourceProperties={}))
    assert handler.responses[-1]["Status"] == "SUCCESS"


def test_response_is_retried(handler: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[int] = []

    def flaky(request: Any, timeout: float = 0) -> Any:
        attempts.append(1)
        raise OSError("connection reset")

    monkeypatch.setattr(handler.urllib.request, "urlopen", flaky)
    monkeypatch.setattr(handler.time, "sleep", lambda seconds: None)
    with pytest.raises(OSError):
        handler.submit_response("SUCCESS", _event("Create", PhysicalResourceId="x"), attempts=3)
    assert len(attempts) == 3
