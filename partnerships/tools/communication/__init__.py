"""The communication plan tool: activities, overdue flags and calendar links."""
