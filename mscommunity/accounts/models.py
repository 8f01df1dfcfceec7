"""The member account. The username is the public pseudonym; e-mail is never shown."""

from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A member, moderator or staff editor.

    Custom from the start so later fields (profile, imported members) need no
    swap of the user model.
    """

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    @property
    def public_name(self) -> str:
        """The name shown beside everything the member writes."""
        return self.username
