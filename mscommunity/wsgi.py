import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mscommunity.settings")
application = get_wsgi_application()

from mscommunity.warmup import warm  # noqa: E402 - needs the app set up above

warm()
