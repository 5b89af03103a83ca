"""Synthesis: aspects, references, validation, then an atomically written cloud assembly."""

from __future__ import annotations

import itertools
import os
from collections import deque
from typing import Any

from purecdk.core import collector
from purecdk.core.cloud_assembly import CloudAssembly
from purecdk.core.tokens.js import js_json_dumps

SCHEMA_VERSION = "55.0.0"
MINIMUM_CLI_VERSION = "2.1148.0"


class SynthesisError(Exception):
    """Synthesis failed; the message lists every problem with its construct path."""


class SynthesisSession:
    """What synthesizers write into while the assembly is assembled in a temporary directory."""

    schema_version = SCHEMA_VERSION

    def __init__(self, outdir: str) -> None:
        self.outdir = outdir
        self.artifacts: dict[str, dict[str, Any]] = {}
        self.templates: list[tuple[Any, dict[str, Any]]] = []
        self.missing: list[dict[str, Any]] = []

    def write_file(self, name: str, text: str) -> None:
        """Write a text file into the assembly."""
        with open(os.path.join(self.outdir, name), "w", encoding="utf-8") as f:
            f.write(text)

    def write_parts(self, name: str, parts: list[str]) -> None:
        """Write a text file made of ``parts`` into the assembly (without joining them first)."""
        with open(os.path.join(self.outdir, name), "w", encoding="utf-8") as f:
            f.writelines(parts)

    def add_artifact(self, artifact_id: str, artifact: dict[str, Any]) -> None:
        """Add a manifest artifact."""
        self.artifacts[artifact_id] = artifact

    def add_template(self, stack: Any, template: dict[str, Any]) -> None:
        """Remember a stack's template for validation, and the context lookups it is still missing."""
        self.templates.append((stack, template))
        lookup_role = getattr(stack.synthesizer, "lookup_role", None)
        for missing in getattr(stack, "_missing_context", ()):
            props = dict(missing["props"])
            if lookup_role is not None:
                props["lookupRoleArn"] = lookup_role
            self.add_missing({**missing, "props": props})

    def add_missing(self, missing: dict[str, Any]) -> None:
        """Report a context value the ``cdk`` CLI must look up (once per key)."""
        if all(m["key"] != missing["key"] for m in self.missing):
            self.missing.append(missing)

    def add_stack_artifact(self, stack: Any, properties: dict[str, Any], extra_deps: list[str]) -> None:
        """Add a stack artifact and write its metadata file."""
        tags = stack.tags.tag_values()
        if tags:
            from purecdk.core.tokens.token import unresolved

            resolved = [(k, v) for k, v in tags.items() if not (unresolved(k) or unresolved(v))]
            dynamic = [(k, v) for k, v in tags.items() if unresolved(k) or unresolved(v)]
            if dynamic:
                rendered = ", ".join(
                    f"{'<TOKEN>' if unresolved(k) else k}={'<TOKEN>' if unresolved(v) else v}" for k, v in dynamic
                )
                stack.node.add_metadata(
                    "aws:cdk:warning",
                    f"Ignoring stack tags that contain deploy-time values (found: {rendered}). Apply tags containing "
                    "deploy-time values to resources only, avoid tagging stacks (for example using "
                    "{ excludeResourceTypes: ['aws:cdk:stack'] }).",
                )
            if resolved:
                stack.node.add_metadata("aws:cdk:stack-tags", [{"key": k, "value": v} for k, v in resolved])
        metadata_file = f"{stack.artifact_id}.metadata.json"
        metadata = _stack_metadata(stack)
        if metadata:
            self.write_file(metadata_file, js_json_dumps(metadata, 2))
        deps = [d.artifact_id for d in stack.dependencies] + extra_deps
        artifact: dict[str, Any] = {
            "type": "aws:cloudformation:stack",
            "environment": stack.environment,
            "properties": properties,
        }
        if deps:
            artifact["dependencies"] = deps
        if metadata:
            artifact["additionalMetadataFile"] = metadata_file
        artifact["displayName"] = stack.node.path
        self.artifacts[stack.artifact_id] = artifact


def _stack_metadata(stack: Any) -> dict[str, list[dict[str, Any]]]:
    from purecdk.core.stack import Stack

    result: dict[str, list[dict[str, Any]]] = {}
    queue: deque[Any] = deque([stack])
    while queue:
        construct = queue.popleft()
        entries = []
        own_logical_id_token = getattr(construct, "_own_logical_id_token", None)
        for entry in construct.node.metadata:
            data = entry.get("data")
            resolved = None
            if own_logical_id_token is not None and data is own_logical_id_token:
                resolved = construct._own_logical_id_token_value()  # an element's aws:cdk:logicalId entry
            if resolved is None:
                resolved = stack.resolve(data)
            entries.append({"type": entry["type"], "data": resolved})
        if construct is stack:
            entries.append({"type": "aws:cdk:templateFile", "data": stack.template_file})
        if entries:
            result["/" + construct.node.path] = entries
        for child in construct.node.children:
            if not isinstance(child, Stack):
                queue.append(child)
    return result


def _all_stacks(root: Any) -> list[Any]:
    from purecdk.core.stack import Stack

    return [c for c in root.node.find_all() if isinstance(c, Stack)]


def _resolve_dependencies(root: Any) -> None:
    from purecdk.constructs import Dependable
    from purecdk.core.cfn_resource import CfnResource
    from purecdk.core.deps import add_dependency
    from purecdk.core.stack import Stack

    for source in root.node.find_all():
        seen: set[int] = set()
        for dep in source.node._dependencies:
            for target in Dependable.of(dep).dependency_roots:
                if id(target) in seen:
                    continue
                seen.add(id(target))
                if isinstance(source, Stack) and isinstance(target, Stack):
                    source.add_dependency(target)
                    continue
                targets = [c for c in target.node.find_all() if isinstance(c, CfnResource)]
                sources = [c for c in source.node.find_all() if isinstance(c, CfnResource)]
                for t in targets:
                    for s in sources:
                        add_dependency(s, t, f"{s.node.path} -> {t.node.path}")


def _validate_tree(root: Any) -> None:
    errors = []
    for construct in root.node.find_all():
        for message in construct.node.validate():
            errors.append(f"[{construct.node.path}] {message}")
    if errors:
        raise SynthesisError("Validation failed with the following errors:\n  " + "\n  ".join(errors))


def _inject_tree(root: Any) -> None:
    if getattr(root, "_tree_metadata", True) and root.node.try_find_child("Tree") is None:
        from purecdk.core.tree_metadata import TreeMetadata

        TreeMetadata(root, "Tree")


def synthesize(root: Any, *, skip_validation: bool = False) -> CloudAssembly:
    """Synthesize ``root`` (an App or Stage) into its ``outdir``; a failure leaves the old outdir intact."""
    # Synthesis allocates millions of short-lived, acyclic objects (freed by reference counting) while the
    # whole construct tree is alive: the cyclic collector would only rescan the tree over and over.
    global _active
    collector.pause()
    outer, _active = _active, object()
    try:
        return _synthesize(root, skip_validation)
    finally:
        _active = outer
        collector.resume()
        collector.restore_schedule()


_active: object | None = None


def active_synthesis() -> object | None:
    """A marker unique to the synthesis in progress (None outside ``synthesize``)."""
    return _active


def _synthesize(root: Any, skip_validation: bool) -> CloudAssembly:
    from purecdk.core.aspects import invoke_aspects
    from purecdk.core.metadata_resource import inject_metadata_resources
    from purecdk.core.references import resolve_references

    _inject_tree(root)
    invoke_aspects(root)
    inject_metadata_resources(root)
    _resolve_dependencies(root)
    resolve_references(root)
    if not skip_validation:
        _validate_tree(root)

    outdir = os.path.abspath(root.outdir)
    parent = os.path.dirname(outdir) or "."
    os.makedirs(parent, exist_ok=True)
    staging = _make_staging_directory(parent)
    try:
        session = SynthesisSession(staging)
        _synthesize_tree(root, session)
        from purecdk.core.assets import stage_registered_assets

        stage_registered_assets(root, staging)
        manifest: dict[str, Any] = {"version": SCHEMA_VERSION, "artifacts": session.artifacts}
        if session.missing:
            manifest["missing"] = session.missing
        manifest["minimumCliVersion"] = MINIMUM_CLI_VERSION
        from purecdk.core.template_validation import validate_session

        try:
            validate_session(root, session, display_outdir=outdir)
        except Exception:
            _keep_validation_report(staging, outdir)
            raise
        session.write_file("manifest.json", js_json_dumps(manifest, 2))
        session.write_file("cdk.out", js_json_dumps({"version": SCHEMA_VERSION}))
        _replace_directory(staging, outdir)
    except BaseException:
        import shutil

        shutil.rmtree(staging, ignore_errors=True)
        raise
    return CloudAssembly(outdir, manifest)


def _make_staging_directory(parent: str) -> str:
    """A new, empty, private directory in ``parent`` (what ``tempfile.mkdtemp`` makes, without importing
    ``tempfile`` and ``random`` into every app)."""
    for attempt in itertools.count():
        path = os.path.join(parent, f".purecdk-synth-{os.getpid()}-{attempt}")
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise AssertionError("unreachable")


def _keep_validation_report(staging: str, outdir: str) -> None:
    # the error message points at <outdir>/validation-report.json: keep that one file, nothing else changes
    report = os.path.join(staging, "validation-report.json")
    if os.path.exists(report):
        import shutil

        os.makedirs(outdir, exist_ok=True)
        shutil.copyfile(report, os.path.join(outdir, "validation-report.json"))


def _synthesize_tree(root: Any, session: SynthesisSession) -> None:
    from purecdk.core.stack import Stack
    from purecdk.core.tree_metadata import TreeMetadata

    for construct in root.node.find_all():
        if isinstance(construct, Stack):
            construct.synthesizer.synthesize(session)
        elif isinstance(construct, TreeMetadata):
            construct.synthesize(session)
    # the tree artifact comes last, as aws-cdk-lib writes it
    tree = session.artifacts.pop("Tree", None)
    if tree is not None:
        session.artifacts["Tree"] = tree


def _replace_directory(staging: str, outdir: str) -> None:
    if os.path.isdir(outdir):
        import shutil  # only needed when there is an old outdir to clear away

        # keep what was staged before (asset directories are content-addressed) but replace every file we write
        backup = outdir + ".purecdk-old"
        shutil.rmtree(backup, ignore_errors=True)
        os.replace(outdir, backup)
        try:
            os.replace(staging, outdir)
        except BaseException:
            os.replace(backup, outdir)
            raise
        shutil.rmtree(backup, ignore_errors=True)
    else:
        os.replace(staging, outdir)
