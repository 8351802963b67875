#!/usr/bin/env python3
"""Adds up the TRX files of a `dotnet test --report-trx` run and prints one plain closing line:
'tests: N passed, N failed, N skipped', followed by every skipped test with its reason (skips must be visible)."""
import glob
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
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
