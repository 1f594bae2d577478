"""The privacy area's engine: find, export and erase a person's data (GDPR).

subjects: who; finder: where their data is; report: Art. 15/20 export;
erasure: Art. 17 (docs/privacy.md); retention: who is due for review.
"""
