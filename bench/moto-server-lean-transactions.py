#!/usr/bin/env python3
"""moto's server, for benchmarks on big tables: a DynamoDB transaction keeps a copy of the items it
touches, to undo them if it is cancelled, instead of a copy of the whole table for each of its writes
(which costs seconds per transaction on a table of 100,000 items). What a transaction does is unchanged.
Run as moto_server is: moto-server-lean-transactions.py -H 127.0.0.1 -p PORT."""
import copy
import sys

import moto.dynamodb.models as dynamodb
from moto.dynamodb.models.table import Table
from moto.server import main


class _TablesAreNotCopied:
    """What the models module calls copy.deepcopy through: the original for everything but tables."""

    @staticmethod
    def deepcopy(value, memo=None):
        return value if isinstance(value, Table) else copy.deepcopy(value, memo)


whole_table_copies = dynamodb.DynamoDBBackend.transact_write_items


def transact_write_items(self, transact_items):
    touched = []
    for write in transact_items:
        _, operation = next(iter(write.items()))
        table = self.get_table(operation["TableName"])
        attributes = operation.get("Item") or operation["Key"]
        key = {name: attributes[name] for name in (table.hash_key_attr, table.range_key_attr) if name}
        before = self.get_item(operation["TableName"], key)
        touched.append((table, key, copy.deepcopy(before.to_json()["Attributes"]) if before else None))
    try:
        whole_table_copies(self, transact_items)
    except Exception:
        for table, key, before in reversed(touched):
            hash_key, range_key = self.get_keys_value(table, key)
            table.delete_item(hash_key, range_key)
            if before is not None:
                table.put_item(before)
        raise


dynamodb.copy = _TablesAreNotCopied
dynamodb.DynamoDBBackend.transact_write_items = transact_write_items

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
