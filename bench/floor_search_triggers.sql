-- The search index's triggers as migration 10 left them, the SQL that tend_index runs since
-- migration 11 (src/store/search_upkeep.cpp): the import's floor in run.sh keeps the index
-- with them, since the sqlite3 shell has no tend_index.
CREATE TRIGGER mood_search_insert AFTER INSERT ON mood WHEN NEW.note <> '' BEGIN
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 1, 'mood', NEW.day, NEW.at_utc, NEW.note);
END;
CREATE TRIGGER mood_search_update AFTER UPDATE OF note, day, at_utc ON mood BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8 + 1, 'mood', NEW.day, NEW.at_utc, NEW.note WHERE NEW.note <> '';
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.note <> '' AND OLD.note <> NEW.note;
END;
CREATE TRIGGER mood_search_delete AFTER DELETE ON mood WHEN OLD.note <> '' BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER session_search_insert AFTER INSERT ON session WHEN NEW.note <> '' BEGIN
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 2, 'session', NEW.day, NEW.at_utc, NEW.note);
END;
CREATE TRIGGER session_search_update AFTER UPDATE OF note, day, at_utc ON session BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8 + 2, 'session', NEW.day, NEW.at_utc, NEW.note WHERE NEW.note <> '';
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.note <> '' AND OLD.note <> NEW.note;
END;
CREATE TRIGGER session_search_delete AFTER DELETE ON session WHEN OLD.note <> '' BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER entry_search_insert AFTER INSERT ON entry BEGIN
    UPDATE entry SET day = day WHERE id = NEW.id;
END;
CREATE TRIGGER entry_search_update AFTER UPDATE OF kind, day, at_utc ON entry BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8 + 3, NEW.kind, NEW.day, NEW.at_utc, body
    FROM (SELECT group_concat(answer, char(10)) AS body
          FROM (SELECT answer FROM entry_answer
                WHERE entry_id = NEW.id AND answer <> '' ORDER BY position))
    WHERE body IS NOT NULL;
END;
CREATE TRIGGER entry_search_delete AFTER DELETE ON entry BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER entry_answer_search_insert AFTER INSERT ON entry_answer BEGIN
    UPDATE entry SET day = day WHERE id = NEW.entry_id;
END;
CREATE TRIGGER entry_answer_search_update AFTER UPDATE ON entry_answer BEGIN
    UPDATE entry SET day = day WHERE id IN (OLD.entry_id, NEW.entry_id);
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.answer <> '' AND OLD.answer <> NEW.answer;
END;
CREATE TRIGGER entry_answer_search_delete AFTER DELETE ON entry_answer WHEN OLD.answer <> '' BEGIN
    UPDATE entry SET day = day WHERE id = OLD.entry_id;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER homework_search_insert AFTER INSERT ON homework BEGIN
    UPDATE homework SET title = title WHERE id = NEW.id;
END;
CREATE TRIGGER homework_search_update
AFTER UPDATE OF title, details, anchor, barrier, plan, start_day, created_utc ON homework BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 4, 'homework', NEW.start_day, NEW.created_utc,
            NEW.title || char(10) || NEW.details || char(10) || NEW.anchor || char(10) ||
            NEW.barrier || char(10) || NEW.plan || char(10) ||
            ifnull((SELECT group_concat(text, char(10))
                    FROM (SELECT text FROM homework_step
                          WHERE homework_id = NEW.id ORDER BY position)), ''));
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.title <> NEW.title OR OLD.details <> NEW.details OR
                            OLD.anchor <> NEW.anchor OR OLD.barrier <> NEW.barrier OR
                            OLD.plan <> NEW.plan;
END;
CREATE TRIGGER homework_search_delete AFTER DELETE ON homework BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER homework_step_search_insert AFTER INSERT ON homework_step BEGIN
    UPDATE homework SET title = title WHERE id = NEW.homework_id;
END;
CREATE TRIGGER homework_step_search_update
AFTER UPDATE OF text, position, homework_id ON homework_step BEGIN
    UPDATE homework SET title = title WHERE id IN (OLD.homework_id, NEW.homework_id);
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.text <> '' AND OLD.text <> NEW.text;
END;
CREATE TRIGGER homework_step_search_delete AFTER DELETE ON homework_step WHEN OLD.text <> ''
BEGIN
    UPDATE homework SET title = title WHERE id = OLD.homework_id;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER checkoff_search_insert AFTER INSERT ON checkoff WHEN NEW.note <> '' BEGIN
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 5, 'checkoff', NEW.day, NEW.at_utc, NEW.note);
END;
CREATE TRIGGER checkoff_search_update AFTER UPDATE OF note, day, at_utc ON checkoff BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8 + 5, 'checkoff', NEW.day, NEW.at_utc, NEW.note WHERE NEW.note <> '';
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.note <> '' AND OLD.note <> NEW.note;
END;
CREATE TRIGGER checkoff_search_delete AFTER DELETE ON checkoff WHEN OLD.note <> '' BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER win_search_insert AFTER INSERT ON win BEGIN
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 6, 'win', NEW.day, NEW.at_utc, NEW.text);
END;
CREATE TRIGGER win_search_update AFTER UPDATE OF text, day, at_utc ON win BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 6, 'win', NEW.day, NEW.at_utc, NEW.text);
    INSERT INTO search_index (search_index) SELECT 'optimize' WHERE OLD.text <> NEW.text;
END;
CREATE TRIGGER win_search_delete AFTER DELETE ON win BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER goal_search_insert AFTER INSERT ON goal BEGIN
    UPDATE goal SET title = title WHERE id = NEW.id;
END;
CREATE TRIGGER goal_search_update AFTER UPDATE OF title, why, start_day, created_utc ON goal BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 7;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    VALUES (NEW.id * 8 + 7, 'goal', NEW.start_day, NEW.created_utc,
            NEW.title || char(10) || NEW.why || char(10) ||
            ifnull((SELECT group_concat(text, char(10))
                    FROM (SELECT text FROM goal_milestone
                          WHERE goal_id = NEW.id ORDER BY position)), '') || char(10) ||
            ifnull((SELECT group_concat(note, char(10))
                    FROM (SELECT note FROM goal_rating
                          WHERE goal_id = NEW.id AND note <> '' ORDER BY at_utc, id)), ''));
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.title <> NEW.title OR OLD.why <> NEW.why;
END;
CREATE TRIGGER goal_search_delete AFTER DELETE ON goal BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 7;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER goal_milestone_search_insert AFTER INSERT ON goal_milestone BEGIN
    UPDATE goal SET title = title WHERE id = NEW.goal_id;
END;
CREATE TRIGGER goal_milestone_search_update
AFTER UPDATE OF text, position, goal_id ON goal_milestone BEGIN
    UPDATE goal SET title = title WHERE id IN (OLD.goal_id, NEW.goal_id);
    INSERT INTO search_index (search_index) SELECT 'optimize' WHERE OLD.text <> NEW.text;
END;
CREATE TRIGGER goal_milestone_search_delete AFTER DELETE ON goal_milestone BEGIN
    UPDATE goal SET title = title WHERE id = OLD.goal_id;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER goal_rating_search_insert AFTER INSERT ON goal_rating WHEN NEW.note <> '' BEGIN
    UPDATE goal SET title = title WHERE id = NEW.goal_id;
END;
CREATE TRIGGER goal_rating_search_update AFTER UPDATE OF note, goal_id ON goal_rating BEGIN
    UPDATE goal SET title = title WHERE id IN (OLD.goal_id, NEW.goal_id);
    INSERT INTO search_index (search_index)
    SELECT 'optimize' WHERE OLD.note <> '' AND OLD.note <> NEW.note;
END;
CREATE TRIGGER goal_rating_search_delete AFTER DELETE ON goal_rating WHEN OLD.note <> '' BEGIN
    UPDATE goal SET title = title WHERE id = OLD.goal_id;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER journal_search_insert AFTER INSERT ON journal BEGIN
    UPDATE journal SET day = day WHERE id = NEW.id;
END;
CREATE TRIGGER journal_search_update AFTER UPDATE OF title, body, day, at_utc ON journal BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8;
    INSERT INTO search_index (rowid, kind, day, at_utc, body)
    SELECT NEW.id * 8, 'journal', NEW.day, NEW.at_utc, body
    FROM (SELECT trim(NEW.title || char(10) || NEW.body || char(10) ||
                      coalesce((SELECT group_concat(tag, ' ') FROM journal_tag
                                WHERE journal_id = NEW.id), ''), char(10)) AS body)
    WHERE body <> '';
END;
CREATE TRIGGER journal_search_delete AFTER DELETE ON journal BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8;
    INSERT INTO search_index (search_index) VALUES ('optimize');
END;
CREATE TRIGGER journal_tag_search_insert AFTER INSERT ON journal_tag BEGIN
    UPDATE journal SET day = day WHERE id = NEW.journal_id;
END;
CREATE TRIGGER journal_tag_search_delete AFTER DELETE ON journal_tag BEGIN
    UPDATE journal SET day = day WHERE id = OLD.journal_id;
END;
