"""gunicorn's settings wherever it serves the project (the Procfile, the load
test, the benchmarks): gunicorn reads this file from the working directory.

``preload_app``: the master imports and warms the application once
(``mscommunity/wsgi.py`` → ``mscommunity/warmup.py``) and every worker forks
ready to answer, sharing the text pipeline's lexicons copy-on-write. Without
it each worker loads Django, the URL patterns and the lexicons on its own
after it starts, and a restart under traffic queues requests behind that.
The warm-up opens no database connection, and ``wsgi.py`` closes any that
an app's start-up opened, so no worker inherits the master's.
"""

preload_app = True
