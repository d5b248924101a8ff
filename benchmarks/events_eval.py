"""Run the event coder over a JSONL corpus (id, text[, date]) and time it against parsing.

usage: python3 benchmarks/events_eval.py CORPUS.jsonl OUT.jsonl [--no-statements]

Writes one GUIDE section 4 record per line (events only, plus text) for score_gold.py /
score_gsr.py, and prints parse time, event-coding time and their ratio. ``--no-statements``
codes events without the statements stage (isolates the event coder).
"""

from __future__ import annotations

import json
import sys
import time

from tidings import actors, events, statements
from tidings.exchange import event_record
from tidings.ingest.zones import classify_lines, sentence_records
from tidings.nlp import load_model
from tidings.records import Document


def main(argv: list[str]) -> int:
    corpus, out_path = argv[0], argv[1]
    use_statements = "--no-statements" not in argv
    nlp = load_model()
    t_parse = t_events = 0.0
    with open(corpus, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            r = json.loads(line)
            document = Document(id=r["id"], text=r["text"], date=r.get("date"))
            t0 = time.perf_counter()
            doc = nlp(document.text)
            t_parse += time.perf_counter() - t0
            sents = sentence_records(doc, classify_lines(document.text))
            table = actors.resolve(doc, document, sents)
            said = statements.extract(doc, document, sents, table) if use_statements else []
            t1 = time.perf_counter()
            evs = events.extract(doc, document, sents, table, said)
            t_events += time.perf_counter() - t1
            rec = {"id": document.id, "text": document.text, "events": [event_record(e, explain=True) for e in evs]}
            out.write(json.dumps(rec) + "\n")
    print(f"parse {t_parse:.2f}s events {t_events:.2f}s ratio {t_events / max(t_parse, 1e-9):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
