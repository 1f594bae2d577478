"""The risk register tool: typical challenges, likelihood × impact, owners."""
