"""Follows and alerts: a followed story or saved search records an alert when it gains an article,
a timeline entry or a dispute; alerts are published as Atom and optionally POSTed to a webhook.

A follow's `state` holds what was already alerted (article ids, timeline keys, dispute keys), so an
alert is recorded once however often the check runs, and a restarted watcher alerts nothing twice.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa

from storyline.errors import ConfigError, InputError, NotFoundError, StorylineError
from storyline.settings import Settings
from storyline.store import schema
from storyline.watch.state import WatchState, aware, now

if TYPE_CHECKING:
    from storyline.store import Store

FollowKind = Literal["story", "search"]
SEARCH_LIMIT = 200
WEBHOOK_MAX_ATTEMPTS = 8


@dataclass(slots=True, frozen=True)
class Follow:
    id: str
    kind: FollowKind
    target: str
    created_at: datetime


@dataclass(slots=True, frozen=True)
class Alert:
    id: int
    follow_id: str
    kind: str
    title: str
    detail: dict[str, Any]
    created_at: datetime
    delivered_at: datetime | None


def follow(store: Store, kind: FollowKind, target: str) -> Follow:
    """Follow a story (by id; a merged id resolves) or saved search words. Following again is a no-op.
    What exists now is the baseline: alerts are for what comes after."""
    if kind not in ("story", "search") or not target.strip():
        raise ConfigError(f"cannot follow {kind} {target!r}", fix="follow a story id or some search words")
    if kind == "story":
        from storyline.link.stories import resolve_story_id

        target = resolve_story_id(store, target)  # raises NotFoundError for an unknown id
    fid = hashlib.sha256(f"{kind}\0{target.strip()}".encode()).hexdigest()[:12]
    engine = store.engine  # type: ignore[attr-defined]
    with WatchState(engine)._write() as conn:
        if conn.execute(sa.select(schema.follows.c.id).where(schema.follows.c.id == fid)).first() is None:
            conn.execute(schema.follows.insert().values(id=fid, kind=kind, target=target.strip(),
                                                        state=_snapshot(store, kind, target.strip()),
                                                        created_at=now()))
    return get_follow(store, fid)


def get_follow(store: Store, ref: str) -> Follow:
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        row = conn.execute(sa.select(schema.follows).where(schema.follows.c.id.startswith(ref))).first()
    if row is None:
        raise NotFoundError(f"no follow {ref!r}", fix="see `storyline follows`")
    return Follow(row.id, row.kind, row.target, aware(row.created_at))  # type: ignore[arg-type]


def list_follows(store: Store) -> list[Follow]:
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        rows = conn.execute(sa.select(schema.follows).order_by(schema.follows.c.created_at))
        return [Follow(r.id, r.kind, r.target, aware(r.created_at)) for r in rows]  # type: ignore[arg-type]


def unfollow(store: Store, ref: str) -> Follow:
    found = get_follow(store, ref)
    with WatchState(store.engine)._write() as conn:  # type: ignore[attr-defined]
        conn.execute(schema.follows.delete().where(schema.follows.c.id == found.id))
    return found


def check_follows(store: Store, settings: Settings) -> list[Alert]:
    """Record an alert for everything each follow gained since its last check; returns them."""
    recorded: list[Alert] = []
    for item in list_follows(store):
        recorded += _check(store, item)
    if recorded and settings.webhook_url:
        deliver_webhooks(store, settings)
    return recorded


def _check(store: Store, item: Follow) -> list[Alert]:
    engine = store.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        old = conn.execute(sa.select(schema.follows.c.state).where(schema.follows.c.id == item.id)).scalar_one()
    try:
        new = _snapshot(store, item.kind, item.target)
    except NotFoundError:
        return []  # the story is gone (or not yet linked); nothing to say
    rows = [_alert_row(item, key, value) for key, values in new.items()
            for value in values if value not in set(old.get(key, []))]
    if not rows:
        return []
    with WatchState(engine)._write() as conn:
        conn.execute(schema.follows.update().where(schema.follows.c.id == item.id).values(state=new))
        conn.execute(schema.alerts.insert(), rows)
    return [a for a in list_alerts(store, follow_id=item.id, limit=len(rows))]


def _alert_row(item: Follow, key: str, value: str) -> dict[str, Any]:
    kinds = {"articles": "article", "timeline": "timeline", "disputes": "dispute"}
    what = {"article": "a new article", "timeline": "a new timeline entry", "dispute": "a new dispute"}[kinds[key]]
    return {"follow_id": item.id, "kind": kinds[key], "title": f"{item.kind} {item.target!r}: {what}",
            "detail": {"follow": item.target, "key": value}, "created_at": now(), "attempts": 0}


def _snapshot(store: Store, kind: str, target: str) -> dict[str, list[str]]:
    if kind == "search":
        hits = store.search_articles(target, limit=SEARCH_LIMIT)  # type: ignore[attr-defined]
        return {"articles": sorted(h.article.id for h in hits)}
    from storyline.link.story_view import view_story

    view = view_story(store, target)  # type: ignore[arg-type]
    return {"articles": sorted(a.id for a in view.articles),
            "timeline": sorted({f"{e.date} {e.summary[:120]}" for e in view.timeline}),
            "disputes": sorted({_dispute_key(c) for c in view.contradictions})}


def _dispute_key(contradiction: dict[str, Any]) -> str:
    text = json.dumps(contradiction, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def list_alerts(store: Store, *, follow_id: str | None = None, limit: int = 50) -> list[Alert]:
    """The newest alerts first (of one follow, or of all)."""
    table = schema.alerts
    query = sa.select(table).order_by(table.c.id.desc()).limit(limit)
    if follow_id:
        query = query.where(table.c.follow_id == follow_id)
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        return [Alert(r.id, r.follow_id, r.kind, r.title, r.detail, aware(r.created_at),  # type: ignore[arg-type]
                      aware(r.delivered_at)) for r in conn.execute(query)]


def atom_feed(alerts: Sequence[Alert], *, title: str, feed_id: str, self_url: str) -> str:
    """An Atom 1.0 document (RFC 4287) of `alerts`, newest first."""
    from xml.etree import ElementTree as ET

    ns = "http://www.w3.org/2005/Atom"
    feed = ET.Element("feed", xmlns=ns)
    ET.SubElement(feed, "title").text = title
    ET.SubElement(feed, "id").text = feed_id
    ET.SubElement(feed, "link", rel="self", href=self_url)
    updated = max((a.created_at for a in alerts), default=now())
    ET.SubElement(feed, "updated").text = updated.isoformat()
    for alert in alerts:
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "title").text = alert.title
        ET.SubElement(entry, "id").text = f"{feed_id}:alert:{alert.id}"
        ET.SubElement(entry, "updated").text = alert.created_at.isoformat()
        ET.SubElement(entry, "category", term=alert.kind)
        ET.SubElement(entry, "content", type="text").text = json.dumps(alert.detail, sort_keys=True)
    return "<?xml version='1.0' encoding='utf-8'?>\n" + ET.tostring(feed, encoding="unicode")


def sign(body: bytes, secret: str) -> str:
    """The X-Storyline-Signature header value: "sha256=" + HMAC-SHA256 of the body in hex."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


Poster = Callable[[str, bytes, dict[str, str]], int]


def deliver_webhooks(store: Store, settings: Settings, post: Poster | None = None) -> int:
    """POST each undelivered, due alert to the webhook; a failure is retried later with exponential
    backoff (1 min × 2^attempts), up to 8 attempts. Returns how many were delivered."""
    if not settings.webhook_url:
        return 0
    post = post or _post_guarded(settings)
    table = schema.alerts
    at = now()
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        due = list(conn.execute(sa.select(table).where(
            table.c.delivered_at.is_(None), table.c.attempts < WEBHOOK_MAX_ATTEMPTS,
            sa.or_(table.c.next_attempt_at.is_(None), table.c.next_attempt_at <= at)).order_by(table.c.id)))
    delivered = 0
    for row in due:
        body = json.dumps({"id": row.id, "follow": row.follow_id, "kind": row.kind, "title": row.title,
                           "detail": row.detail, "created_at": aware(row.created_at).isoformat()},  # type: ignore[union-attr]
                          sort_keys=True).encode()
        headers = {"Content-Type": "application/json", "X-Storyline-Signature": sign(body, settings.webhook_secret)}
        ok = _try_post(post, settings.webhook_url, body, headers)
        values: dict[str, Any] = {"attempts": row.attempts + 1}
        if ok:
            values["delivered_at"] = now()
            delivered += 1
        else:
            values["next_attempt_at"] = now() + timedelta(minutes=2 ** row.attempts)
        with WatchState(store.engine)._write() as conn:  # type: ignore[attr-defined]
            conn.execute(table.update().where(table.c.id == row.id).values(**values))
    return delivered


def _try_post(post: Poster, url: str, body: bytes, headers: dict[str, str]) -> bool:
    try:
        return 200 <= post(url, body, headers) < 300
    except (StorylineError, OSError):
        return False


def _post_guarded(settings: Settings) -> Poster:
    def post(url: str, body: bytes, headers: dict[str, str]) -> int:
        import httpx

        from storyline.fetch import GuardedClient

        with GuardedClient(allow=settings.fetch_allow) as guard:
            guard.check(url)  # never to a loopback, private or metadata address unless allowed
        try:
            with httpx.Client(timeout=10.0, follow_redirects=False, trust_env=False) as client:
                return client.post(url, content=body, headers=headers).status_code
        except httpx.HTTPError as exc:
            raise InputError(f"webhook failed: {exc}", source=url, fix="check webhook_url") from None
    return post
