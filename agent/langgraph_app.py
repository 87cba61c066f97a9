"""The design graph as ``langgraph dev`` / LangGraph Server serve it (see ``langgraph.json``).

The server brings its own checkpointer, so the graph is compiled without one. Start a run
with ``input={"messages": [{"role": "user", "content": "a red circle ..."}]}`` and, if you
like, ``context={"approve": true, "rounds": 3, "out_dir": "..."}`` (the fields of
``DesignContext``); with ``approve`` the run pauses on an interrupt holding the layout and
resumes with ``command={"resume": true | false | <edited layout>}``.
"""

from regiondit.agent.graph import build_graph

graph = build_graph()
