"""The demo township's account, apart from the demo builder so the sign-in
window can show it without loading the builder."""

DEMO_USER, DEMO_PASSWORD = "admin", "demo1234"
