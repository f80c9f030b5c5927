package org.geoprospect.ui.privacy;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.geoprospect.service.ExportService.AuditRow;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.target.CodeLabel;

/**
 * The privacy tab (View): retention ("N households are past retention" and Purge, confirmed), the
 * "record objection" line, and the audit-log table, bound to a {@link PrivacyViewModel}.
 */
public final class PrivacyPanel extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public PrivacyPanel(PrivacyViewModel model, Messages m) {
        super(10);
        setId("privacyPanel");
        setPadding(new Insets(8));
        Label retention = new Label();
        retention.setId("retentionDue");
        retention.setWrapText(true);
        retention.textProperty().bind(model.retentionTextProperty());
        Button purge = new Button(m.get("privacy.purge"));
        purge.setId("purge");
        purge.disableProperty().bind(model.dueCountProperty().lessThan(1));
        purge.setOnAction(e -> confirmPurge(model, m));
        purge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        retention.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(retention, Priority.ALWAYS);
        HBox retentionRow = new HBox(8, retention, purge);
        retentionRow.setAlignment(Pos.CENTER_LEFT);

        TextField who = new TextField();
        who.setId("objectionWho");
        who.setPromptText(m.get("privacy.objection.prompt"));
        who.textProperty().bindBidirectional(model.objectionWhoProperty());
        ComboBox<CodeLabel> channel = new ComboBox<>(model.objectionChannels());
        channel.setId("objectionChannel");
        channel.valueProperty().bindBidirectional(model.objectionChannelProperty());
        Button record = new Button(m.get("privacy.objection.record"));
        record.setId("recordObjection");
        record.disableProperty().bind(model.objectionWhoProperty().isEmpty());
        record.setOnAction(e -> model.recordObjection());
        record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox objectionRow = new HBox(6, who, channel, record);

        Label status = new Label();
        status.setId("privacyStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        TableView<AuditRow> audit = new TableView<>(model.auditRows());
        audit.setId("auditLog");
        audit.setPlaceholder(new Label(m.get("privacy.audit.empty")));
        org.geoprospect.model.CodeWords words = org.geoprospect.model.CodeWords.audit(m.locale());
        audit.getColumns().add(column(m.get("privacy.audit.at"), r -> WHEN.format(r.at().toLocalDateTime())));
        audit.getColumns().add(column(m.get("privacy.audit.action"), r -> words.word(r.action())));
        audit.getColumns().add(column(m.get("privacy.audit.target"), r -> r.target() == null ? "—" : r.target()));
        audit.getColumns().add(column(m.get("privacy.audit.channel"), r -> r.channel() == null ? "—" : words.word(r.channel())));
        audit.getColumns().add(org.geoprospect.ui.TableFitting.number(m.get("privacy.audit.count"), r -> m.integer(r.count())));
        audit.getColumns().add(column(m.get("privacy.audit.file"), r -> r.file() == null ? "—" : r.file()));
        audit.getColumns().add(column(m.get("privacy.audit.columns"), r -> columnWords(m, r.columns())));
        audit.getColumns().add(column(m.get("privacy.audit.user"), AuditRow::user));
        org.geoprospect.ui.TableFitting.install(audit);
        VBox.setVgrow(audit, Priority.ALWAYS);
        Button refresh = new Button(m.get("privacy.refresh"));
        refresh.setId("privacyRefresh");
        refresh.setOnAction(e -> model.refresh());

        getChildren().addAll(title(m.get("privacy.retention.title")), retentionRow,
                title(m.get("privacy.objection.title")), objectionRow, status,
                new HBox(8, title(m.get("privacy.audit.title")), refresh), audit);
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static TableColumn<AuditRow, String> column(String title, Function<AuditRow, String> value) {
        return org.geoprospect.ui.TableFitting.column(title, value);
    }

    /** The exported columns as the export dialog names them ("First name, Phone"), a code without a name as it is. */
    private static String columnWords(Messages m, java.util.List<String> codes) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String code : codes) {
            try {
                words.add(m.get("exportList.column." + code));
            } catch (java.util.MissingResourceException e) {
                words.add(code);
            }
        }
        return String.join(", ", words);
    }

    private void confirmPurge(PrivacyViewModel model, Messages m) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, m.get("privacy.purge.confirm", model.dueCountProperty().get()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setHeaderText(m.get("privacy.purge.header"));
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.purge();
        }
    }
}
