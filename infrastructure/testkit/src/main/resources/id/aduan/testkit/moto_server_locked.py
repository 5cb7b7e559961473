"""moto's server with DynamoDB writes that are atomic and isolated, as DynamoDB's are.

moto 5.2.1 serves requests on several threads, evaluates a write's condition and applies the write
without a lock, and rolls a cancelled transaction back by restoring a deep copy of every table it
touched, taken before it began: a concurrent writer's work is undone, and two conditional writers can
both pass the same condition. Here every single-item write, every transaction and every GetItem and
TransactGetItems runs under one lock, and a cancelled transaction undoes only the items it touched.
Query, Scan and BatchGetItem stay unlocked (DynamoDB gives them read-committed isolation per item too).

moto answers a Query by walking and sorting every item of the table, so each Query costs more as the
table grows (400 ms a Query with a few thousand items). Here a Query walks only its partition: the
base table's by its hash key, an index's from a view of which items carry which index hash key, kept
up to date by every write. The walk itself is moto's own, so order, pagination, filters and
projections are unchanged. Its sort compares key values once per item instead of once per comparison
(the order is the same: moto orders key values by their cast value, and a key attribute has one type).
And an item is built checking DynamoDB's item size limit with a running total instead of summing every
attribute again for each one added, which made each write cost the square of the item's attributes;
and a projection of top-level attributes (every index's) converts only those attributes, once, from an
item that is not first copied whole (the projection builds a new item anyway).

A Query or Scan answer is written as JSON directly: moto's model-driven serializer visits every value of
every item through its output shape, which took more than half of the emulator's time in a burst of
comments (a page of 50 complaints with their text signatures); the answer it builds is the same JSON
(binary values base64, as on the wire). An item's size, which the walk asks twice per item for the 1 MB
page limit, is computed once per Query.

Run as moto_server is: python3 moto_server_locked.py -H 127.0.0.1 -p PORT.

ADUAN_MOTO_PROFILE=FILE writes, every 10 seconds, each DynamoDB operation's count, total and mean time
and time spent waiting for the lock to FILE, and with ADUAN_MOTO_CPROFILE=1 the functions those
requests spent their time in (cProfile, per request: slow, for finding where the time goes only).
"""
import base64
import copy
import cProfile
import functools
import io
import json
import os
import pstats
import sys
import threading
import time

import moto.dynamodb.models as dynamodb
from moto.dynamodb.exceptions import ItemSizeTooLarge
from moto.dynamodb.models import dynamo_type
from moto.dynamodb.models.dynamo_type import DynamoType, Item, LimitedSizeDict
from moto.dynamodb.models.utilities import bytesize
from moto.dynamodb.models import table as table_module
from moto.dynamodb.models.table import Table
from moto.core.responses import ActionResult
from moto.dynamodb.responses import DynamoHandler, DynamoResult
from moto.server import main

_lock = threading.RLock()


class _Profile:
    """Time per DynamoDB operation, and where it went, written to a file while the server runs."""

    def __init__(self, path, with_functions):
        self._path = path
        self._with_functions = with_functions
        self._guard = threading.Lock()
        self._operations = {}
        self._functions = None
        self._current = threading.local()

    def timed(self, call_action):
        @functools.wraps(call_action)
        def timed_call(handler):
            operation = handler._get_action()
            self._current.lock_wait = 0.0
            profiler = cProfile.Profile() if self._with_functions else None
            started = time.perf_counter()
            if profiler:
                profiler.enable()
            try:
                return call_action(handler)
            finally:
                if profiler:
                    profiler.disable()
                index = getattr(handler, "body", {}).get("IndexName")
                self._record(operation + (" " + index if index else ""), time.perf_counter() - started,
                             self._current.lock_wait, profiler)

        return timed_call

    def waited(self, seconds):
        self._current.lock_wait = getattr(self._current, "lock_wait", 0.0) + seconds

    def _record(self, operation, seconds, lock_wait, profiler):
        with self._guard:
            count, total, waited = self._operations.get(operation, (0, 0.0, 0.0))
            self._operations[operation] = (count + 1, total + seconds, waited + lock_wait)
            if profiler:
                if self._functions is None:
                    self._functions = pstats.Stats(profiler)
                else:
                    self._functions.add(profiler)

    def write_every(self, seconds):
        def loop():
            while True:
                time.sleep(seconds)
                self._write()

        threading.Thread(target=loop, name="moto-profile", daemon=True).start()

    def _write(self):
        with self._guard:
            lines = ["%-32s %8s %10s %9s %12s" % ("operation", "count", "total s", "mean ms", "lock wait s")]
            for operation, (count, total, waited) in sorted(self._operations.items(), key=lambda o: -o[1][1]):
                lines.append("%-32s %8d %10.1f %9.1f %12.1f" % (operation, count, total, total / count * 1000, waited))
            if self._functions is not None:
                listing = io.StringIO()
                self._functions.stream = listing
                self._functions.sort_stats("cumulative").print_stats(40)
                lines.append(listing.getvalue())
        with open(self._path, "w") as out:
            out.write("\n".join(lines) + "\n")


_profile = _Profile(os.environ["ADUAN_MOTO_PROFILE"], os.environ.get("ADUAN_MOTO_CPROFILE") == "1") \
    if os.environ.get("ADUAN_MOTO_PROFILE") else None


class _IndexPartitions:
    """Which items (by primary key) carry each value of one index's hash key."""

    def __init__(self, table, index):
        self.attribute = next(key["AttributeName"] for key in index.schema if key["KeyType"] == "HASH")
        self._members = {}
        self._value_of = {}
        for item in _stored_items(table):
            self.place((item.hash_key, item.range_key), item)

    def place(self, key, item):
        before = self._value_of.pop(key, None)
        if before is not None:
            members = self._members[before]
            members.pop(key)
            if not members:
                del self._members[before]
        value = item.attrs.get(self.attribute) if item is not None else None
        if value is not None:
            self._members.setdefault(value, {})[key] = None
            self._value_of[key] = value

    def keys_of(self, value):
        return list(self._members.get(value, ()))


_ITEM_SIZE_LIMIT = 405000  # moto's LimitedSizeDict: DynamoDB's 400 KB, as measured against it


def _item_init(self, hash_key, range_key, attrs):
    # LimitedSizeDict checks each attribute set against the sum of those already there; that sum only
    # grows while an item is built, so a running total raises exactly when moto's check does.
    self.hash_key = hash_key
    self.range_key = range_key
    self.attrs = LimitedSizeDict()
    total = 0
    for key, value in attrs.items():
        typed = DynamoType(value)
        total += bytesize(key) + typed.size()
        if total > _ITEM_SIZE_LIMIT:
            raise ItemSizeTooLarge
        dict.__setitem__(self.attrs, key, typed)


def _project(self, projection_expressions):
    if not all(len(path) == 1 and "[" not in path[0] for path in projection_expressions):
        return _project_any_path(self, projection_expressions)
    # Top-level names only: what moto's per-path lookup and merge would pick from the same item, each
    # attribute converted as the item's to_regular_json converts it.
    picked = {path[0]: dynamo_type.deserializer.deserialize(self.attrs[path[0]].to_regular_json())
              for path in projection_expressions if path[0] in self.attrs}
    return Item(hash_key=self.hash_key, range_key=self.range_key, attrs=dynamo_type.serializer.serialize(picked)["M"])


_project_any_path = Item.project


def _stored_items(table):
    for stored in table.items.values():
        yield from (stored.values() if table.has_range_key else (stored,))


def _sorted_items(self, hash_key_attrs, range_key_attrs, items):
    names = self._generate_attr_to_sort_by(hash_key_attrs, range_key_attrs)
    items.sort(key=lambda item: tuple(item.attrs[name].cast_value for name in names))
    return items


class _ProjectedResultsAreNotCopied:
    """What the table module calls copy.deepcopy through: an index Query's results, which the index's
    projection copies attribute by attribute next, go uncopied; everything else is copied."""

    copy = staticmethod(copy.copy)

    @staticmethod
    def deepcopy(value, memo=None):
        if getattr(_partition_being_queried, "projected", False) and isinstance(value, list):
            return list(value)
        return copy.deepcopy(value, memo)


def _projects(table, index_name):
    index = next((index for index in table.all_indexes() if index.name == index_name), None) if index_name else None
    return index is not None and (index.projection or {}).get("ProjectionType") in ("KEYS_ONLY", "INCLUDE")


_whole_table = Table.all_items
_partition_being_queried = threading.local()


def _views(table):
    """The table's index views, built on first use (tables come and go with resets and restores)."""
    views = table.__dict__.get("_aduan_partitions")
    if views is None:
        views = {index.name: _IndexPartitions(table, index) for index in table.all_indexes()}
        table.__dict__["_aduan_partitions"] = views
    return views


def _item_at(table, key):
    hash_key, range_key = key
    return table.get_item(hash_key, range_key) if range_key is not None or not table.has_range_key else None


def _replace_view_entry(table, key):
    views = table.__dict__.get("_aduan_partitions")
    if views:
        item = _item_at(table, key)
        for view in views.values():
            view.place(key, item)


def _partition(table, hash_key, index_name, hash_key_conditions):
    """The items a Query can match, or None when it must walk the table as moto does."""
    with _lock:
        if index_name is None:
            if hash_key is None:
                return None
            partition = table.items.get(hash_key)
            if partition is None:
                return []
            return list(partition.values()) if table.has_range_key else [partition]
        view = _views(table).get(index_name)
        value = dict(hash_key_conditions or ()).get(view.attribute) if view else None
        if value is None:
            return None
        return [item for item in (_item_at(table, key) for key in view.keys_of(value)) if item is not None]


def _all_items(table):
    # The Query's walk only filters and sorts what it is given, and every primary key is distinct, so
    # handing it the partition's items in any order gives the same result as the whole sorted table.
    being_queried = getattr(_partition_being_queried, "items", None)
    if being_queried is not None and being_queried[0] is table:
        return being_queried[1]
    return _whole_table(table)


_walk_table = Table.query
_item_size = Item.size
_sizes_of_query = threading.local()


def _size(self):
    sizes = getattr(_sizes_of_query, "memo", None)
    if sizes is None:
        return _item_size(self)
    size = sizes.get(id(self))
    if size is None:
        size = sizes[id(self)] = _item_size(self)
    return size


def _query(self, hash_key, range_comparison, range_objs, limit, exclusive_start_key, scan_index_forward,
           projection_expressions, index_name=None, consistent_read=False, filter_expression=None,
           hash_key_conditions=None, range_key_conditions=None, **filter_kwargs):
    items = _partition(self, hash_key, index_name, hash_key_conditions)
    _partition_being_queried.items = (self, items) if items is not None else None
    _partition_being_queried.projected = _projects(self, index_name)
    # Items stay referenced by the walk until it returns, so their ids are theirs throughout.
    _sizes_of_query.memo = {}
    try:
        return _walk_table(self, hash_key, range_comparison, range_objs, limit, exclusive_start_key,
                           scan_index_forward, projection_expressions, index_name, consistent_read,
                           filter_expression, hash_key_conditions=hash_key_conditions,
                           range_key_conditions=range_key_conditions, **filter_kwargs)
    finally:
        _partition_being_queried.items = None
        _partition_being_queried.projected = False
        _sizes_of_query.memo = None


def _put_item(self, *args, **kwargs):
    item = _table_put_item(self, *args, **kwargs)
    _replace_view_entry(self, (item.hash_key, item.range_key))
    return item


def _delete_item(self, hash_key, range_key):
    item = _table_delete_item(self, hash_key, range_key)
    _replace_view_entry(self, (hash_key, range_key))
    return item


def _update_item(self, table_name, key, *args, **kwargs):
    # An update changes the stored item in place, not through the table's put_item.
    try:
        return _backend_update_item(self, table_name, key, *args, **kwargs)
    finally:
        table = self.tables.get(table_name)
        names = (table.hash_key_attr, table.range_key_attr) if table else ()
        if table and isinstance(key, dict) and all(name in key for name in names if name):
            _replace_view_entry(table, self.get_keys_value(table, key))


_table_put_item = Table.put_item
_table_delete_item = Table.delete_item
_backend_update_item = dynamodb.DynamoDBBackend.update_item


def _serialised(method):
    @functools.wraps(method)
    def under_lock(*args, **kwargs):
        if _profile is None:
            with _lock:
                return method(*args, **kwargs)
        asked = time.perf_counter()
        with _lock:
            _profile.waited(time.perf_counter() - asked)
            return method(*args, **kwargs)

    return under_lock


class _TablesAreNotCopied:
    """What the models module calls copy.deepcopy through: the original for tables, a copy for the rest."""

    @staticmethod
    def deepcopy(value, memo=None):
        return value if isinstance(value, Table) else copy.deepcopy(value, memo)


_whole_table_rollback = dynamodb.DynamoDBBackend.transact_write_items


def _transact_write_items(self, transact_items):
    touched = []
    for write in transact_items:
        _, operation = next(iter(write.items()))
        table = self.get_table(operation["TableName"])
        attributes = operation.get("Item") or operation["Key"]
        key = {name: attributes[name] for name in (table.hash_key_attr, table.range_key_attr) if name}
        before = self.get_item(operation["TableName"], key)
        touched.append((table, key, copy.deepcopy(before.to_json()["Attributes"]) if before else None))
    try:
        _whole_table_rollback(self, transact_items)
    except Exception:
        for table, key, before in reversed(touched):
            hash_key, range_key = self.get_keys_value(table, key)
            table.delete_item(hash_key, range_key)
            if before is not None:
                table.put_item(before)
        raise


_ANSWERED_AS_JSON = {"Query", "Scan"}
_model_serialized = DynamoHandler.serialized


def _base64(value):
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError("no JSON form for %r" % type(value))


def _serialized(self, action_result):
    if type(action_result) is DynamoResult and self._get_action() in _ANSWERED_AS_JSON:
        # The model serializer still frames the answer (status, content type, request id headers).
        status, headers, _ = _model_serialized(self, ActionResult({}))
        return status, headers, json.dumps(action_result.result, default=_base64)
    return _model_serialized(self, action_result)


dynamodb.copy = _TablesAreNotCopied
table_module.copy = _ProjectedResultsAreNotCopied
Item.__init__ = _item_init
Item.project = _project
Table.all_items = _all_items
Table.sorted_items = _sorted_items
Table.query = _query
Item.size = _size
DynamoHandler.serialized = _serialized
Table.put_item = _put_item
Table.delete_item = _delete_item
dynamodb.DynamoDBBackend.update_item = _update_item
dynamodb.DynamoDBBackend.transact_write_items = _serialised(_transact_write_items)
for _name in ("put_item", "update_item", "delete_item", "get_item"):
    setattr(dynamodb.DynamoDBBackend, _name, _serialised(getattr(dynamodb.DynamoDBBackend, _name)))
# Handled in the response layer item by item: the whole request under the lock makes it one snapshot.
DynamoHandler.transact_get_items = _serialised(DynamoHandler.transact_get_items)

if _profile is not None:
    DynamoHandler.call_action = _profile.timed(DynamoHandler.call_action)
    _profile.write_every(10)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
