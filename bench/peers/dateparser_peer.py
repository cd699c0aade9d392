"""Reads a JSON list of strings on stdin, parses each with dateparser (Asia/Dhaka, Bengali and English), and prints
JSON: calls per second over the whole list, and the ISO answer for each string (null where it read nothing)."""
import json
import sys
import time

import dateparser

SETTINGS = {"TIMEZONE": "Asia/Dhaka", "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DAY_OF_MONTH": "first"}
LANGUAGES = ["bn", "en"]


def parse(text):
    return dateparser.parse(text, languages=LANGUAGES, settings=SETTINGS)


def main():
    texts = json.load(sys.stdin)
    answers = []
    for text in texts:  # warm-up, and the answers
        value = parse(text)
        answers.append(None if value is None else value.isoformat())
    calls = 0
    start = time.perf_counter()
    while time.perf_counter() - start < float(sys.argv[1] if len(sys.argv) > 1 else 3):
        for text in texts:
            parse(text)
        calls += len(texts)
    elapsed = time.perf_counter() - start
    json.dump({"hz": calls / elapsed, "answers": answers}, sys.stdout)


main()
