"""The intake wizard's Qt pages; the state machine is ``kimdesk.services.intake``."""
