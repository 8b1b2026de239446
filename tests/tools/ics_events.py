#!/usr/bin/python3
"""Reads a calendar with python3-icalendar (an independent parser) and prints what the tests check,
as JSON: the calendar's name, and every event's UID, dates, summary, description, categories and
alarms (their triggers in seconds from the event's start). It also looks at the raw lines, as
RFC 5545 wants them: whether every line ends in CRLF, the longest line in octets, how many lines
are folded, and whether every physical line is whole UTF-8 (no character cut by a fold)."""
import json
import sys

import icalendar

raw = open(sys.argv[1], "rb").read()
lines = raw.split(b"\r\n")
whole_utf8 = True
for line in lines:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        whole_utf8 = False

calendar = icalendar.Calendar.from_ical(raw.decode("utf-8"))
events = []
for event in calendar.walk("VEVENT"):
    alarms = []
    for alarm in event.walk("VALARM"):
        alarms.append({"action": str(alarm["ACTION"]), "trigger": alarm["TRIGGER"].dt.total_seconds(),
                       "description": str(alarm["DESCRIPTION"])})
    events.append({
        "uid": str(event["UID"]),
        "start": event["DTSTART"].dt.isoformat(),
        "end": event["DTEND"].dt.isoformat(),
        "stamp": event["DTSTAMP"].dt.isoformat(),
        "sequence": int(event["SEQUENCE"]),
        "summary": str(event["SUMMARY"]),
        "description": str(event["DESCRIPTION"]),
        "categories": [str(c) for c in event["CATEGORIES"].cats],
        "transparent": str(event["TRANSP"]) == "TRANSPARENT",
        "alarms": alarms,
    })

json.dump({
    "name": str(calendar.get("X-WR-CALNAME", "")),
    "version": str(calendar["VERSION"]),
    "crlf": raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""),
    "longest_line": max(len(line) for line in lines),
    "folded_lines": sum(1 for line in lines if line.startswith(b" ")),
    "whole_utf8": whole_utf8,
    "events": events,
}, sys.stdout, ensure_ascii=False)
