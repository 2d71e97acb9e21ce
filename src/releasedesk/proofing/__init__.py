"""Proofing: spelling, the office register of names and titles, and the house's rules, in
English and Chinese (issue 25).

A service beside checks.py: it reads the model, the register and the house style, never
Qt. `engine.proof(release, profile)` gives every finding (`findings.ProofFinding`); an
`engine.Proofer` kept per house style and language caches the dictionary's verdicts and
the register's patterns for repeated passes. The package imports nothing here, so the
readiness checks can read `findings.TEMPLATES` without loading the rules.
"""
