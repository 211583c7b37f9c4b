#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples by area of the code (each sample counted once, see AREAS), and the
hottest methods by self time. Uses the JDK's own `jfr print --json`.

    python3 src/gatling/scripts/jfr-summary.py recording.jfr [jfr-binary]
"""
import json
import subprocess
import sys
from collections import Counter

# a sample counts for the first area in this list with a frame anywhere in its stack (specific areas first: a
# database call made while answering counts as JDBC, a socket send inside a reply as WebSocket send)
AREAS = [
    ("Lucene lexical (BM25, fuzzy)", ("SearchIndex.lexical", "SearchIndex.unknownTerms")),
    ("Lucene KNN", ("SearchIndex.semantic",)),
    ("query embedding (ONNX)", ("SearchIndex.embed", "QueryEmbeddings", "OnnxBertBiEncoder", "ai.onnxruntime")),
    ("word coverage (terms, overlap)", ("SearchIndex.terms", "SearchIndex.weightedOverlap", "SearchIndex.unknownShare")),
    ("JDBC / H2", ("org.h2.", "com.zaxxer.hikari", "org.springframework.jdbc")),
    ("WebSocket send", ("ConcurrentWebSocketSessionDecorator", "org.apache.tomcat.websocket.WsRemoteEndpoint",
                        "ChatSession.send")),
    ("JSON frames", ("FrameCodec",)),
    ("retrieval, rest", ("com.clinicchat.retrieval.",)),
    ("triage", ("com.clinicchat.triage.",)),
    ("answering", ("com.clinicchat.answering.",)),
    ("Tomcat / socket read", ("org.apache.tomcat", "org.apache.coyote")),
]


def frames(event):
    return [f"{f['method']['type']['name'].replace('/', '.')}.{f['method']['name']}"
            for f in event["values"]["stackTrace"]["frames"]]


def load(jfr, path, kinds):
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "96", "--events", kinds, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def main():
    path = sys.argv[1]
    jfr = sys.argv[2] if len(sys.argv) > 2 else "jfr"
    # JDK 25's CPU-time sampler (JEP 509) sees Java and native code alike; without it, Java samples plus the
    # native samples taken inside ONNX Runtime (a thread blocked in epoll or accept is not using CPU)
    events = load(jfr, path, "jdk.CPUTimeSample")
    source = "jdk.CPUTimeSample"
    if not events:
        source = "jdk.ExecutionSample + ONNX jdk.NativeMethodSample"
        events = load(jfr, path, "jdk.ExecutionSample") + [
            e for e in load(jfr, path, "jdk.NativeMethodSample")
            if e["values"].get("stackTrace") and "ai.onnxruntime" in "".join(frames(e)[:3])]
    print(f"source: {source}")
    total = len(events)
    inclusive = Counter()
    selfs = Counter()
    for event in events:
        if not event["values"].get("stackTrace"):
            continue
        stack = frames(event)
        if stack:
            selfs[stack[0]] += 1
        joined = "\n".join(stack)
        for area, needles in AREAS:
            if any(n in joined for n in needles):
                inclusive[area] += 1
                break
        else:
            inclusive["other"] += 1
    print(f"{total} samples")
    print("\n| area (first match, innermost first) | share of samples |\n|---|---:|")
    for area, n in inclusive.most_common():
        print(f"| {area} | {100 * n / total:.1f} % |")
    print("\n| hottest methods (self) | share |\n|---|---:|")
    for method, n in selfs.most_common(15):
        print(f"| `{method}` | {100 * n / total:.1f} % |")


if __name__ == "__main__":
    main()
