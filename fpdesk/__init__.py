"""fpdesk: offline records desk for township population and family-planning service offices."""

__version__ = "0.1.0"
