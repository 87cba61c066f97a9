"""Run the recorded conversations (:mod:`.conversations`, written independently of the agent) against a designer.

Each conversation is played turn by turn into one session; after every turn the current design and the number
of images the turn made are judged by :func:`.conversations.check_turn`. Designs render one round each (so
turns that name rounds by number mean the same images in every run), on the embedded model.

    python -m regiondit.evals.conversation_eval                  # the offline agent -> evals/results/conversation_eval.json
    python -m regiondit.evals.conversation_eval --llm SPEC       # any OpenAI-compatible agent
    python -m regiondit.evals.conversation_eval --set heldout    # the held-out set (never used for tuning)
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from ..agent.context import DesignContext
from ..agent.graph import build_graph, run_turn, start_state, turn_input
from .conversations import CONVERSATIONS, check_turn
from .conversations_almanac import ALMANAC
from .conversations_archive import ARCHIVE
from .conversations_blind import BLIND
from .conversations_census import CENSUS
from .conversations_docket import DOCKET
from .conversations_final import FINAL
from .conversations_folio import FOLIO
from .conversations_fresh import FRESH
from .conversations_gazette import GAZETTE
from .conversations_heldout import HELDOUT
from .conversations_index import INDEX
from .conversations_journal import JOURNAL
from .conversations_ledger import LEDGER
from .conversations_locked import LOCKED
from .conversations_quire import QUIRE
from .conversations_register import REGISTER
from .conversations_roll import ROLL
from .conversations_roster import ROSTER
from .conversations_sealed import SEALED
from .conversations_sequestered import SEQUESTERED
from .conversations_tally import TALLY
from .conversations_vault import VAULT

RESULTS = Path("evals", "results")  # the checkout's committed results (relative to the working directory)
SETS = {"recorded": CONVERSATIONS, "heldout": HELDOUT, "fresh": FRESH, "final": FINAL, "blind": BLIND, "sealed": SEALED, "vault": VAULT,
        "locked": LOCKED, "archive": ARCHIVE, "sequestered": SEQUESTERED, "ledger": LEDGER,
        "docket": DOCKET, "roster": ROSTER, "almanac": ALMANAC,
        "gazette": GAZETTE, "tally": TALLY, "journal": JOURNAL, "census": CENSUS, "index": INDEX, "register": REGISTER, "roll": ROLL,
        "folio": FOLIO, "quire": QUIRE}
CONVERSATION_TOOLS = {"repaint_region", "restore_round", "undo", "redo", "make_variations", "pick_variation", "show_layout", "what_changed",
                      "explain_critique", "start_over"}


def run_conversation(conversation: dict[str, Any], llm: Any, out_dir: str | Path, steps: int = 4) -> list[dict[str, Any]]:
    """Play ``conversation`` into a fresh session; one row per turn: passed, why, images made."""
    from langgraph.checkpoint.memory import InMemorySaver

    graph = build_graph(checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": conversation["id"]}}
    context = DesignContext(llm=llm, out_dir=str(out_dir), rounds=1, steps=steps)
    layouts, rows = [], []
    for index, turn in enumerate(conversation["turns"]):
        before = graph.get_state(config).values
        payload = turn_input(turn["user"]) if before.get("messages") else start_state(turn["user"])
        for _ in run_turn(graph, payload, context, config):
            pass
        after = graph.get_state(config).values
        renders = len(after.get("rounds", [])) - len(before.get("rounds", []))
        ok, why = check_turn(turn["expect"], before.get("layout"), after.get("layout"), layouts, renders)
        layouts.append(after.get("layout"))
        rows.append({"conversation": conversation["id"], "turn": index, "user": turn["user"], "pass": bool(ok), "why": why, "renders": renders,
                     "needs_render": turn["expect"].get("renders") not in (0, None)})
    return rows


def scripted_answers(conversation: dict[str, Any]) -> list[Any]:
    """What a scripted OpenAI-compatible endpoint replays for ``conversation``: each turn's tool calls, then words where the
    agent speaks again after a conversation tool."""
    answers: list[Any] = []
    for turn in conversation["turns"]:
        calls = turn.get("llm") or []
        if not calls:
            answers.append(turn.get("reply") or "Could you say more about what you would like?")
            continue
        answers.append({"tools": [{"name": c["name"], "args": c.get("args", {})} for c in calls]})
        if all(c["name"] in CONVERSATION_TOOLS for c in calls):
            answers.append("Done.")
    return answers


def summarise(rows: list[dict[str, Any]], agent: str) -> dict[str, Any]:
    by_conversation: dict[str, bool] = {}
    for r in rows:
        by_conversation[r["conversation"]] = by_conversation.get(r["conversation"], True) and r["pass"]
    quiet = [r for r in rows if not r["needs_render"]]
    return {"agent": agent, "conversations": len(by_conversation), "turns": len(rows),
            "conversations_right": round(sum(by_conversation.values()) / len(by_conversation), 4),
            "turns_right": round(sum(r["pass"] for r in rows) / len(rows), 4),
            "renders_where_none_needed": sum(r["renders"] > 0 for r in quiet),
            "failures": [r for r in rows if not r["pass"]][:30]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--llm", default="offline")
    parser.add_argument("--set", choices=sorted(SETS), default="recorded",
                        help="recorded: the set the agent was tuned on; heldout, fresh, final, blind, sealed, vault, locked, "
                             "archive, sequestered, ledger, docket, roster: each written later, looked at once, then used to find what "
                             "failed; almanac: looked at twice (before and after the roster fixes), then partly used; gazette: partly used; "
                             "tally, journal, census, index: later sets, each looked at first, then used; register, roll: later still; "
                             "folio, quire: written last")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as images:
        rows = [row for conversation in SETS[args.set] for row in run_conversation(conversation, args.llm, images)]
    report = summarise(rows, args.llm) | {"set": args.set, "seconds": round(time.perf_counter() - started, 1)}
    args.out.mkdir(parents=True, exist_ok=True)
    name = "conversation_eval" if args.set == "recorded" else f"conversation_eval_{args.set}"
    (args.out / f"{name}.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "failures"}, indent=1))
    for f in report["failures"][:15]:
        print("FAIL", f["conversation"], f["turn"], repr(f["user"]), "|", f["why"][:160])


if __name__ == "__main__":
    main()
