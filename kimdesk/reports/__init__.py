

# the organisation every header names unless a device sets its own (print_settings); kept here
# so the settings can name it without loading reportlab
DEFAULT_ORGANISATION = "Kommunales Integrationsmanagement"
