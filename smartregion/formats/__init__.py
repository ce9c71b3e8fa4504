"""Date and number formats where the portal's languages write them otherwise than Django's (FORMAT_MODULE_PATH)."""
