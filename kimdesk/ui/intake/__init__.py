"""The intake wizard's Qt pages; the state machine is ``kimdesk.services.clients_intake.intake``."""
