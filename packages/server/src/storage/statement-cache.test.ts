import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingDatabase } from './statement-cache.js';

describe('cachingDatabase', () => {
  let raw: SQLite.Database;
  afterEach(() => raw?.open && raw.close());

  it('hands out the same prepared statement for the same SQL and drops the least recently used', () => {
    raw = new SQLite(':memory:');
    const db = cachingDatabase(raw, 2);
    const a = db.prepare('select 1 as x');
    expect(db.prepare('select 1 as x')).toBe(a);
    db.prepare('select 2 as x');
    db.prepare('select 1 as x');
    db.prepare('select 3 as x');
    expect(db.cached).toBe(2);
    // "select 2" was least recently used: it was dropped, "select 1" was kept.
    expect(db.prepare('select 1 as x')).toBe(a);
    expect(db.prepare('select 1 as x').all([])).toEqual([{ x: 1 }]);
  });

  it('gives a fresh statement while the cached one is still being iterated', () => {
    raw = new SQLite(':memory:');
    const db = cachingDatabase(raw);
    const first = db.prepare('select value from json_each(?)');
    const it1 = first.iterate(['[1,2,3]']);
    expect(it1.next().value).toEqual({ value: 1 });
    const second = db.prepare('select value from json_each(?)');
    expect(second).not.toBe(first);
    expect(second.all(['[4]'])).toEqual([{ value: 4 }]);
    expect([...it1]).toEqual([{ value: 2 }, { value: 3 }]);
  });

  it('keeps working across schema changes (SQLite re-prepares cached statements)', () => {
    raw = new SQLite(':memory:');
    const db = cachingDatabase(raw);
    db.prepare('create table t (a integer)').run([]);
    db.prepare('insert into t (a) values (?)').run([1]);
    expect(db.prepare('select * from t').all([])).toEqual([{ a: 1 }]);
    db.prepare('alter table t add column b text').run([]);
    db.prepare('update t set b = ?').run(['x']);
    expect(db.prepare('select * from t').all([])).toEqual([{ a: 1, b: 'x' }]);
    db.close();
    expect(raw.open).toBe(false);
  });
});
