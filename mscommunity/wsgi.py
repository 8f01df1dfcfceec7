import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mscommunity.settings")
application = get_wsgi_application()

from django.db import connections  # noqa: E402 - needs the app set up above

from mscommunity.warmup import warm  # noqa: E402

warm()
# With gunicorn's preload_app this runs in the master: a connection opened so
# far would be shared by every forked worker.
connections.close_all()
# Everything loaded so far (Django, the URL patterns, templates, the pipeline's
# lexicons) lives as long as the process: moved out of the collector's reach, it
# is not traversed again by every full collection a request triggers, and forked
# workers do not touch (and so copy) its pages to collect it.
gc.collect()
gc.freeze()
