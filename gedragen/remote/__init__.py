"""The local server for *Teams op eigen apparaat*: the device page and its WebSocket, on one port.

Imports `gedragen.core` only (an import-linter contract); the only package that imports `websockets`.
"""
