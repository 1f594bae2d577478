"""The meetings tool: agendas from the good questions, minutes, action items."""
