#!/usr/bin/env python3
"""Adds up a `dotnet test --report-xunit-trx` run and prints one plain closing line:
'tests: N passed, N failed, N skipped', preceded by every skipped test with its reason (skips must be visible).

The counts come from the test runner's own summary in test.log when it is there: two test projects that finish in the
same microsecond write TRX files of the same name, and one overwrites the other, so adding up the TRX files can
undercount. The TRX files still give the skip reasons; a mismatch between the two is reported."""
import glob
import re
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
skips = []
for path in sorted(glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True)):
    root = ET.parse(path).getroot()
    for result in root.iterfind(".//t:UnitTestResult", NS):
        outcome = result.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("NotExecuted", "Inconclusive", "Skipped"):
            skipped += 1
            # xunit.v3 puts the skip reason in StdOut; VSTest-style adapters in ErrorInfo/Message.
            message = result.find(".//t:Output/t:StdOut", NS)
            if message is None or not message.text:
                message = result.find(".//t:Output/t:ErrorInfo/t:Message", NS)
            text = message.text if message is not None and message.text else ""
            skips.append(f"  skipped: {result.get('testName')}: {text.strip()}")
        else:
            failed += 1
for line in skips:
    print(line)

runner = {}
try:
    with open(f"{sys.argv[1]}/test.log", encoding="utf-8", errors="replace") as log:
        text = log.read()
    # The last "Test run summary" block: "  total: N", "  failed: N", "  succeeded: N", "  skipped: N".
    block = text[text.rfind("Test run summary"):] if "Test run summary" in text else ""
    for key in ("total", "failed", "succeeded", "skipped"):
        match = re.search(rf"^\s*{key}:\s*(\d+)\s*$", block, re.MULTILINE)
        if match:
            runner[key] = int(match.group(1))
except OSError:
    pass

if {"failed", "succeeded", "skipped"} <= runner.keys():
    if (runner["succeeded"], runner["failed"], runner["skipped"]) != (passed, failed, skipped):
        print(f"  (TRX files count {passed} passed, {failed} failed, {skipped} skipped: some TRX files overwrote others; the runner's counts follow)")
    passed, failed, skipped = runner["succeeded"], runner["failed"], runner["skipped"]
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
