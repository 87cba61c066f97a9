"""Evaluation of regiondit: eval sets, the shapes-world runner and probe, reports, benchmarks, figures.

``regiondit eval`` (:mod:`.cli`) is the door the command line opens into this package; nothing
else in the product imports it. Results land in the folder a command is given; the committed
ones live in the checkout's ``evals/results/`` and the README's tables are generated from them
(:mod:`.report`).
"""
