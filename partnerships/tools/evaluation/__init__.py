"""The evaluation tool: rounds, private answer links, results and discussion."""
