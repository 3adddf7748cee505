"""The editors' review desk: a SQLite store of checked articles and decisions
(`review.store`, no extra dependencies), and a local web app over it (`review.app`,
the `review` extra: Starlette, Jinja2, uvicorn)."""
