"""Check: the gate every output passes before release."""
