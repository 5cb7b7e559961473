"""moto's server with DynamoDB writes that are atomic and isolated, as DynamoDB's are.

moto 5.2.1 serves requests on several threads, evaluates a write's condition and applies the write
without a lock, and rolls a cancelled transaction back by restoring a deep copy of every table it
touched, taken before it began: a concurrent writer's work is undone, and two conditional writers can
both pass the same condition. Here every single-item write, every transaction and every GetItem and
TransactGetItems runs under one lock, and a cancelled transaction undoes only the items it touched.
Query, Scan and BatchGetItem stay unlocked (DynamoDB gives them read-committed isolation per item too).

Run as moto_server is: python3 moto_server_locked.py -H 127.0.0.1 -p PORT.
"""
import copy
import functools
import sys
import threading

import moto.dynamodb.models as dynamodb
from moto.dynamodb.models.table import Table
from moto.dynamodb.responses import DynamoHandler
from moto.server import main

_lock = threading.RLock()


def _serialised(method):
    @functools.wraps(method)
    def under_lock(*args, **kwargs):
        with _lock:
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


dynamodb.copy = _TablesAreNotCopied
dynamodb.DynamoDBBackend.transact_write_items = _serialised(_transact_write_items)
for _name in ("put_item", "update_item", "delete_item", "get_item"):
    setattr(dynamodb.DynamoDBBackend, _name, _serialised(getattr(dynamodb.DynamoDBBackend, _name)))
# Handled in the response layer item by item: the whole request under the lock makes it one snapshot.
DynamoHandler.transact_get_items = _serialised(DynamoHandler.transact_get_items)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
