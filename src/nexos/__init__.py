"""nexos: turn reports on organised crime and politics into a sourced, auditable model of claims."""

__version__ = "0.1.0"
