from django import forms
from django.conf import settings

from mscommunity.moderation.models import Flag
from mscommunity.pages.forms import HoneypotMixin


class CommentForm(HoneypotMixin, forms.Form):
    """A comment or reply. Validation of the text itself is the pipeline's job;
    this form only carries it, so the text typed is always kept on error."""

    text = forms.CharField(
        label="Your comment",
        help_text="Plain text. Leave a blank line between paragraphs. Links are allowed.",
        widget=forms.Textarea(attrs={"rows": 6, "autocomplete": "off", "spellcheck": "true"}),
        required=False,  # the pipeline gives the message for an empty text
        strip=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].widget.attrs["data-maxlength"] = settings.MEMBER_TEXT_MAX_LENGTH



class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label="Why should a moderator look at this comment?",
        choices=Flag.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose why you are flagging this comment."},
    )


class RemoveForm(forms.Form):
    reason = forms.CharField(
        label="Why are you removing this comment?",
        help_text="The author reads this. Say which rule it breaks, kindly.",
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say why, so the author understands."},
    )
