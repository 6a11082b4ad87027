"""Plain-Python data of the demo set (names, addresses, projects); coop_desktop.demo loads it."""
