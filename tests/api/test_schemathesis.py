"""Requests generated from the OpenAPI spec (Schemathesis), sent to the live app: never a server error,
and every answer has the content type and shape the spec gives."""

from __future__ import annotations

import pytest
import schemathesis
from coordgraph.api.app import create_app
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

OPERATIONS = sorted((path, method.upper()) for path, item in create_app().openapi()["paths"].items()
                    for method in item)
CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def openapi_schema(live: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{live}/openapi.json")


@pytest.mark.slow
@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_generated_requests_get_no_server_error(openapi_schema: schemathesis.BaseSchema, path: str,
                                                method: str) -> None:
    operation = openapi_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=30, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    check()
