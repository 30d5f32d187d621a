"""The Qt (PySide6) desktop client. The only package allowed to import Qt; it calls core services only."""
