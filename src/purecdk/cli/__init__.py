"""The ``purecdk`` command line: ``synth``, ``ls``, ``diff``, ``init`` and ``ecr lifecycle-preview``.

Entry point: :func:`purecdk.cli.main.main` (the ``purecdk`` console script and ``python -m purecdk``).
"""
