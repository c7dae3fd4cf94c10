"""loi-redline: review a vendor's letter of intent against a PME-friendly reference."""

__version__ = "0.1.0"
